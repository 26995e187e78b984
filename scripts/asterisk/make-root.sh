#!/usr/bin/env bash
# Makes a Debian sid root with Asterisk and libfaketime for scripts/asterisk/check.py.
# Debian 12 has no Asterisk package; sid has Asterisk 22. Needs root, debootstrap
# and Debian's mirror; takes a few minutes and about 600 MB.
#   scripts/asterisk/make-root.sh /srv/asterisk-sid
set -euo pipefail
root=${1:?usage: make-root.sh FOLDER}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
# Reused when it has everything (a cached root of an older script gets what it lacks).
if [[ -x "$root/usr/sbin/asterisk" && -n "$(ls -A "$root/usr/share/asterisk/moh" 2>/dev/null)" ]]; then
  echo "$root already has asterisk"; exit 0
fi
[[ -x "$root/usr/sbin/asterisk" ]] || debootstrap --variant=minbase sid "$root" http://deb.debian.org/debian
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
# Valid-Until is not checked: a machine's clock may be ahead of the mirror's release file.
chroot "$root" apt-get -o Acquire::Check-Valid-Until=false update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Check-Valid-Until=false install -y -qq \
  --no-install-recommends asterisk asterisk-modules asterisk-core-sounds-en-gsm asterisk-moh-opsound-gsm faketime tzdata >/dev/null
chroot "$root" asterisk -V
