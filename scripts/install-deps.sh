#!/usr/bin/env bash
# Installs the system packages ebm's tests use (Debian): a real NATS server, Prometheus with
# promtool, the Prometheus Pushgateway (tests start their own instance on a loopback port; the
# package's systemd service is not needed), the Fashion-MNIST data set, Chromium for report
# screenshots, iproute2 for the network-namespace test. Runs apt-get as root, or through sudo.
set -euo pipefail
packages=(nats-server prometheus prometheus-pushgateway dataset-fashion-mnist chromium iproute2)
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "system packages ready: ${packages[*]}"
