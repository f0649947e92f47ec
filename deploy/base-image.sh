#!/usr/bin/env bash
# Builds a base image with a JRE 17 from Debian's own packages, as a `docker save` tarball that Jib
# reads with `-Dimage.base=tar://…`: for machines that reach Debian's package archive but no
# container registry. Where a registry is reachable, the profile's default base
# (eclipse-temurin:17-jre) needs none of this.
#
#   deploy/base-image.sh target/base/debian-jre17.tar
#
# Needs mmdebstrap (apt-get install mmdebstrap) and root, or a user namespace it can map.
set -euo pipefail
out=${1:-target/base/debian-jre17.tar}
suite=${SUITE:-bookworm}
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# minbase: essential packages and apt; bash stays, which the health check script uses.
mmdebstrap --variant=minbase --quiet \
  --aptopt='APT::Install-Recommends "false"' \
  --include=openjdk-17-jre-headless,ca-certificates \
  --customize-hook='chroot "$1" apt-get clean' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/*' \
  "$suite" "$work/layer.tar"

layer_sha=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"],"Cmd":["bash"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"$created","created_by":"mmdebstrap $suite openjdk-17-jre-headless"}]}
JSON
config_sha=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/$config_sha.json"
mkdir "$work/$layer_sha"
mv "$work/layer.tar" "$work/$layer_sha/layer.tar"
printf '[{"Config":"%s.json","RepoTags":["consulta-base/debian-jre17:%s"],"Layers":["%s/layer.tar"]}]\n' \
  "$config_sha" "$suite" "$layer_sha" >"$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json "$config_sha.json" "$layer_sha"
echo "$out: $(du -h "$out" | cut -f1), base image consulta-base/debian-jre17:$suite"
