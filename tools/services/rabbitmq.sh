#!/usr/bin/env bash
# Starts or stops a private RabbitMQ node on loopback for the integration tests (no systemd, no management
# plugin, state under a scratch folder). Usage: rabbitmq.sh start|stop STATE_DIR
# Overrides for a second, private node beside the shared one: SIMSID_RABBITMQ_PORT (AMQP, default 5672),
# SIMSID_RABBITMQ_NODENAME (default rabbit@localhost) and SIMSID_RABBITMQ_DIST_PORT (default AMQP port + 20000).
# Stopping a node with a non-default name leaves epmd running (the shared node may still use it).
set -euo pipefail
action=${1:?start|stop}
state=${2:?state directory}
RMQ=/usr/lib/rabbitmq/bin
export RABBITMQ_BASE_DIR=$state
export RABBITMQ_MNESIA_BASE=$state/mnesia
export RABBITMQ_LOG_BASE=$state/log
export RABBITMQ_PID_FILE=$state/rabbit.pid
export RABBITMQ_ENABLED_PLUGINS_FILE=$state/enabled_plugins
export RABBITMQ_NODENAME=${SIMSID_RABBITMQ_NODENAME:-rabbit@localhost}
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=${SIMSID_RABBITMQ_PORT:-5672}
if [ -n "${SIMSID_RABBITMQ_DIST_PORT:-}" ]; then export RABBITMQ_DIST_PORT=$SIMSID_RABBITMQ_DIST_PORT; fi
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
case "$action" in
  start)
    mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    echo '[].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    nohup "$RMQ/rabbitmq-server" > "$RABBITMQ_LOG_BASE/stdout.log" 2>&1 &
    "$RMQ/rabbitmqctl" wait --timeout 120 "$RABBITMQ_PID_FILE" >/dev/null
    echo "rabbitmq: ready on 127.0.0.1:$RABBITMQ_NODE_PORT"
    ;;
  stop)
    "$RMQ/rabbitmqctl" shutdown --timeout 60 >/dev/null 2>&1 || true
    if [ "$RABBITMQ_NODENAME" = rabbit@localhost ]; then epmd -kill >/dev/null 2>&1 || true; fi
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
