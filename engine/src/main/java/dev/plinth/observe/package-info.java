/**
 * What an operator sees of a running Plinth: the request id on every request (in the logs, the response header and
 * every problem+json), the applied model in {@code /actuator/info}, and the model and migration gauges among the
 * metrics. The API's own per-entity metrics are the {@code api} package's.
 */
package dev.plinth.observe;
