import type { SecretRule } from '../secret-rule.ts';
import { isDocumentationHost, isStandInPassword, isVendorToken } from '../credential-values.ts';

// Hosts that only exist on a developer machine or inside a compose network.
const localHost = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|db|database|postgres|mysql|mariadb|mongo|mongodb|redis|mssql|sqlserver)(?::\d{1,5})?$/i;

/**
 * A database URL with a password in it gives direct access to the data, bypassing the
 * application and its access checks. Connection strings are copied into CI logs, docker-compose
 * files and tickets, and outlive password rotations.
 */
export const databaseUrlPassword: SecretRule = {
  id: 'database-url-password',
  title: 'Database password in connection string',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'database'],
  equivalents: ['database-url', 'URI', 'Postgres', 'MongoDB', 'JDBC', 'SQLServer', 'Redis'],
  description: 'A password inside a database connection URL (postgres, mysql, mariadb, mongodb(+srv), redis(s), mssql/sqlserver, cockroachdb, clickhouse, JDBC, Oracle thin USER/PASSWORD@) or an ADO.NET / JDBC Password= setting.',
  remediation: 'Change the database user\'s password, then pass the connection settings through the environment or a secret store (or use IAM / managed identity authentication).',
  keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'mssql', 'sqlserver', 'jdbc:', 'cockroachdb', 'clickhouse', 'password=', 'pwd='],
  /*
   * Four shapes: scheme://user:PASSWORD@host; a URL (or jdbc: URL) whose query or ;-settings hold
   * password=PASSWORD; an ADO.NET string with Server/Data Source/Host=… then Password/Pwd=PASSWORD;
   * and Oracle's thin driver URL jdbc:oracle:thin:USER/PASSWORD@host.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:postgres(?:ql)?|mysql(?:x)?|mariadb|mongodb(?:\+srv)?|rediss?|mssql|sqlserver|cockroachdb|clickhouse)(?:\+[a-z0-9]{1,20})?:\/\/(?<user>[^:@/\s"'<>]{0,100}):(?<secret>[^@/\s"'<>]{1,200})(?=@(?<host>[^\s"'<>/?#,;]{1,255}))` +
      String.raw`|(?<![A-Za-z0-9+.-])(?:jdbc:[a-z0-9:]{2,30}|postgres(?:ql)?|mysql|mongodb(?:\+srv)?):\/\/[^\s"'<>]{0,300}?[?&;]password=(?<inQuery>[^&;\s"'<>]{1,200})` +
      String.raw`|(?<![A-Za-z0-9])(?:Server|Data Source|Host|Address|Addr)\s{0,3}=[^;"'\r\n]{1,200};[^"'\r\n]{0,300}?(?<![A-Za-z0-9])(?:Password|Pwd)\s{0,3}=\s{0,3}(?<inSettings>[^;"'\r\n]{1,200})` +
      String.raw`|jdbc:oracle:thin:(?<oracleUser>[\w$#.-]{1,64})\/(?<oracle>[^@\s"'<>/]{1,200})@`,
    'i',
  ),
  secretGroups: ['secret', 'inQuery', 'inSettings', 'oracle'],
  validate: (secret, groups) => {
    const password = secret.trim();
    if (password.length < 3 || isDocumentationHost(groups.host ?? '')) return false;
    return !isStandInPassword(password, groups.user ?? groups.oracleUser) && !isVendorToken(password);
  },
  refine: (_secret, { groups }) => {
    const host = groups.host;
    if (host && localHost.test(host)) return { severity: 'low', message: 'Database password in a connection string to a local host' };
    return undefined;
  },
};
