#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A private Secret Service for the tests that run the desk's programs (they keep the database
# key in the OS keychain, decision 30): its own D-Bus session bus and a GNOME Keyring unlocked
# with a throw-away password (with an empty one it makes no login collection), all inside DIR,
# never the developer's own keyring.
#
#   keyring.sh start DIR   make DIR, start the bus and the keyring; DIR/env holds the variables
#   keyring.sh stop DIR    stop them and remove DIR
#
# HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR must point inside DIR for the daemon too: otherwise
# --unlock finds a running daemon of the user by its control socket and unlocks (or creates)
# the user's login keyring. CTest runs start as a FIXTURES_SETUP test and stop as the cleanup;
# the suites get the same variables from their ENVIRONMENT property.
set -eu

command=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

stop() {
  if [ -f "$dir/bus.pid" ]; then
    kill "$(cat "$dir/bus.pid")" 2>/dev/null || true
  fi
  if [ -f "$dir/keyring.pid" ]; then
    kill "$(cat "$dir/keyring.pid")" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

case "$command" in
  start)
    stop
    mkdir -p "$dir"
    chmod 700 "$dir"
    mkdir -m 700 "$dir/home" "$dir/data" "$dir/run" "$dir/config"
    export HOME="$dir/home" XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" \
      XDG_CONFIG_HOME="$dir/config"
    dbus-daemon --session --address="unix:path=$dir/bus" --fork --print-pid >"$dir/bus.pid"
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/bus"
    # Started and unlocked before any lookup: a daemon activated by D-Bus would start locked.
    printf 'sportello-tests' | gnome-keyring-daemon --unlock --components=secrets >"$dir/keyring.env"
    sed -n 's/^GNOME_KEYRING_PID=//p' "$dir/keyring.env" >"$dir/keyring.pid"
    echo "private keyring started in $dir"
    ;;
  stop)
    stop
    echo "private keyring stopped"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
