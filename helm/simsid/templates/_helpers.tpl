{{/*
Chart name, truncated to the 63 characters a DNS label allows.
*/}}
{{- define "simsid.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: release-chart unless the release name already contains the chart name.
*/}}
{{- define "simsid.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Name of one component's resources: simsid.componentName (dict "root" $ "component" "gateway").
*/}}
{{- define "simsid.componentName" -}}
{{- printf "%s-%s" (include "simsid.fullname" .root | trunc 52 | trimSuffix "-") .component }}
{{- end }}

{{- define "simsid.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels.
*/}}
{{- define "simsid.labels" -}}
helm.sh/chart: {{ include "simsid.chart" . }}
{{ include "simsid.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: simsid
{{- end }}

{{- define "simsid.selectorLabels" -}}
app.kubernetes.io/name: {{ include "simsid.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of one component: simsid.componentLabels (dict "root" $ "component" "gateway").
*/}}
{{- define "simsid.componentLabels" -}}
{{ include "simsid.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "simsid.componentSelectorLabels" -}}
{{ include "simsid.selectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "simsid.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "simsid.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "simsid.secretName" -}}
{{- default (include "simsid.fullname" .) .Values.existingSecret }}
{{- end }}

{{- define "simsid.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag }}
{{- if .Values.image.registry }}
{{- printf "%s/%s:%s" .Values.image.registry .Values.image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/*
The RabbitMQ management API URL KEDA polls (HTTP mode counts ready plus unacknowledged messages).
*/}}
{{- define "simsid.rabbitmqManagementUrl" -}}
{{- $base := default (printf "http://%s:15672" .Values.rabbitmq.host) .Values.rabbitmq.managementUrl | trimSuffix "/" }}
{{- $parts := urlParse $base }}
{{- $auth := printf "%s:%s" (.Values.rabbitmq.username | urlquery | replace "+" "%20") (.Values.rabbitmq.password | urlquery | replace "+" "%20") }}
{{- printf "%s://%s@%s%s/%s" (get $parts "scheme") $auth (get $parts "host") (get $parts "path") (.Values.rabbitmq.vhost | urlquery | replace "+" "%20") }}
{{- end }}

{{/*
Claim name of a persistence entry: simsid.claimName (dict "root" $ "name" "archive").
*/}}
{{- define "simsid.claimName" -}}
{{- $p := index .root.Values.persistence .name }}
{{- default (printf "%s-%s" (include "simsid.fullname" .root | trunc 52 | trimSuffix "-") .name) $p.existingClaim }}
{{- end }}

{{/*
A pod volume for a persistence entry: simsid.volume (dict "root" $ "name" "archive").
*/}}
{{- define "simsid.volume" -}}
{{- $p := index .root.Values.persistence .name -}}
- name: {{ .name }}
{{- if $p.enabled }}
  persistentVolumeClaim:
    claimName: {{ include "simsid.claimName" . }}
{{- else }}
  emptyDir: {}
{{- end }}
{{- end }}

{{/*
Environment shared by every role: the ConfigMap (plain settings) and the Secret (credentials).
*/}}
{{- define "simsid.envFrom" -}}
- configMapRef:
    name: {{ include "simsid.fullname" . }}
{{- end }}

{{- define "simsid.secretEnv" -}}
- name: RabbitMqTransport__User
  valueFrom:
    secretKeyRef:
      name: {{ include "simsid.secretName" . }}
      key: rabbitmq-username
- name: RabbitMqTransport__Pass
  valueFrom:
    secretKeyRef:
      name: {{ include "simsid.secretName" . }}
      key: rabbitmq-password
- name: Seq__ApiKey
  valueFrom:
    secretKeyRef:
      name: {{ include "simsid.secretName" . }}
      key: seq-api-key
      optional: true
{{- end }}

{{/*
Extra environment variables from a map (sorted for stable output).
*/}}
{{- define "simsid.extraEnv" -}}
{{- range $key, $value := . }}
- name: {{ $key }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- end }}

{{/*
Probes on the management port.
*/}}
{{- define "simsid.probes" -}}
startupProbe:
  httpGet:
    path: /health/live
    port: management
  periodSeconds: 10
  failureThreshold: {{ .Values.probes.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: /health/live
    port: management
  periodSeconds: {{ .Values.probes.liveness.periodSeconds }}
  timeoutSeconds: 5
  failureThreshold: {{ .Values.probes.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: /health/ready
    port: management
  periodSeconds: {{ .Values.probes.readiness.periodSeconds }}
  timeoutSeconds: 5
  failureThreshold: {{ .Values.probes.readiness.failureThreshold }}
{{- end }}

{{/*
Resources with the GPU request added: simsid.resources (dict "resources" .resources "gpu" .gpu).
*/}}
{{- define "simsid.resources" -}}
{{- $resources := deepCopy (default dict .resources) }}
{{- if .gpu.enabled }}
{{- $limits := default dict (get $resources "limits") }}
{{- $_ := set $limits .gpu.resourceName (.gpu.count | toString) }}
{{- $_ := set $resources "limits" $limits }}
{{- end }}
{{- toYaml $resources }}
{{- end }}

{{/*
The labelled validation folder of the retrain gate (--val).
*/}}
{{- define "simsid.retrainValidationDirectory" -}}
{{- if .Values.retrain.validation.directory }}
{{- .Values.retrain.validation.directory }}
{{- else if .Values.retrain.validation.existingClaim }}
{{- print "/var/lib/simsid/validation" }}
{{- else }}
{{- print "/var/lib/simsid/models/validation" }}
{{- end }}
{{- end }}
