// A Go template action as Helm writes it: `{{ … }}`, `{{- … -}}`.
const goTemplateAction = /\{\{-?[\s\S]*?-?\}\}/;
// A path inside a chart's `templates/` folder (at the root or below another folder).
const chartTemplatesFolder = /(?:^|\/)templates\//;

/** True when the text holds Go template actions, so it is a template source rather than a manifest. */
export function hasTemplateActions(text: string): boolean {
  return text.includes('{{') && goTemplateAction.test(text);
}

/** A file in a chart's `templates/` that holds template actions: only `helm template` output of it is a manifest. */
export function isHelmTemplateSource(path: string, text: string): boolean {
  return chartTemplatesFolder.test(path) && hasTemplateActions(text);
}

export function helmTemplateNotice(path: string): { path: string; code: string; message: string } {
  return {
    path,
    code: 'RAMPART_N_HELM_TEMPLATE',
    message: 'Helm template source (Go template actions) was not scanned: scan the rendered manifests instead, e.g. `helm template <chart> | rampart scan - --scanners iac`',
  };
}
