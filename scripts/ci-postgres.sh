# Sourced by .ci/run: starts a disposable PostgreSQL on 127.0.0.1 and exports DATABASE_URL.
# Runs the server as the unprivileged "postgres" user, because postgres refuses to run as root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/zwfw-pg.XXXXXX)
pgport=${ZWFW_PG_PORT:-55432}
chown postgres:postgres "$pgdata"
su postgres -s /bin/sh -c "$pgbin/initdb -D $pgdata -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdata -o '-h 127.0.0.1 -p $pgport -k /tmp' -l $pgdata/log -w start >/dev/null"
export DATABASE_URL="postgres://postgres@127.0.0.1:$pgport/postgres"
trap 'su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdata -m fast stop" >/dev/null 2>&1 || true' EXIT
echo "[ci] PostgreSQL $("$pgbin/postgres" --version | awk "{print \$3}") on 127.0.0.1:$pgport"
