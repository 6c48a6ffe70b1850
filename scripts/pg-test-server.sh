#!/bin/sh
# A throwaway PostgreSQL server for the test suite, from the project's own files.
#   scripts/pg-test-server.sh start [DIR]   installs postgresql via apt if missing (as root on Debian),
#                                           creates a cluster in DIR (default: a new temp dir), starts it
#                                           on a free 127.0.0.1 port and prints its URL on stdout
#   scripts/pg-test-server.sh stop DIR      stops that cluster and removes DIR
# Progress goes to stderr, so `export SOURCETRACE_TEST_PG=$(scripts/pg-test-server.sh start)` works.
set -eu

bindir() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

# As root, the server runs as the postgres user (PostgreSQL refuses to run as root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    if ! BIN=$(bindir); then
        [ "$(id -u)" = 0 ] || { echo "PostgreSQL is not installed; run this as root to install it" >&2; exit 1; }
        echo "installing postgresql with apt ..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
        BIN=$(bindir)
    fi
    DIR=${1:-$(mktemp -d "${TMPDIR:-/tmp}/sourcetrace-pg.XXXXXX")}
    if [ -f "$DIR/port" ] && [ -d "$DIR/data" ]; then  # this dir's cluster: start it if it is down, reuse it
        PORT=$(cat "$DIR/port")
        as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 ||
            as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w start >&2
        echo "postgresql://postgres@127.0.0.1:$PORT/sourcetrace_test"
        return 0
    fi
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    chmod 700 "$DIR"
    PORT=$(free_port)
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
    # Settings go in the cluster's own config, so a restart keeps the port. fsync off: a throwaway cluster.
    printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nfsync = off\n" \
        "$PORT" "$DIR" | as_owner tee -a "$DIR/data/postgresql.conf" >/dev/null
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w start >&2
    echo "$PORT" | as_owner tee "$DIR/port" >/dev/null
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres sourcetrace_test >&2
    echo "postgresql://postgres@127.0.0.1:$PORT/sourcetrace_test"
}

stop() {
    DIR=${1:?usage: $0 stop DIR}
    BIN=$(bindir)
    [ -d "$DIR/data" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
    rm -rf "$DIR"
}

case "${1:-start}" in
    start) shift 2>/dev/null || true; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
