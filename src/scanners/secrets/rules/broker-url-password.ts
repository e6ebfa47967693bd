import type { SecretRule } from '../secret-rule.ts';
import { isDocumentationHost, isStandInPassword, isVendorToken } from '../credential-values.ts';

// Hosts that only exist on a developer machine or inside a compose network.
const localHost = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|rabbitmq|rabbit|broker|mqtt|nats|activemq|mosquitto)(?::\d{1,5})?$/i;

/**
 * A message broker URL with a password lets anyone read, inject or delete the messages that
 * drive your services: orders, jobs, device commands.
 */
export const brokerUrlPassword: SecretRule = {
  id: 'broker-url-password',
  title: 'Message broker password in URL',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'messaging'],
  equivalents: ['URI', 'RabbitMQ', 'NATS'],
  description: 'A password inside an AMQP (RabbitMQ), MQTT, NATS or STOMP connection URL.',
  remediation: 'Change the broker user\'s password and pass the URL through the environment or a secret store.',
  keywords: ['amqp', 'mqtt', 'nats://', 'tls://', 'stomp'],
  // amqp(s)/mqtt(s)/nats/stomp(+ssl) scheme, user, colon, PASSWORD, then @host.
  pattern: /(?<![A-Za-z0-9+.-])(?:amqps?|mqtts?|nats|tls|stomp(?:\+ssl)?):\/\/(?<user>[^:@/\s"'<>]{0,100}):(?<secret>[^@/\s"'<>]{1,200})(?=@(?<host>[^\s"'<>/?#,;]{1,255}))/i,
  validate: (secret, groups) => secret.length >= 3 && !isDocumentationHost(groups.host ?? '') && !isStandInPassword(secret, groups.user) && !isVendorToken(secret),
  refine: (_secret, { groups }) => {
    const host = groups.host;
    if (host && localHost.test(host)) return { severity: 'low', message: 'Broker password in a URL to a local host' };
    return undefined;
  },
};
