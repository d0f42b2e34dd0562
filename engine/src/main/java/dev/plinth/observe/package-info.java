/**
 * What an operator sees of a running Plinth: the request id on every request, in the logs, the response header and
 * every problem+json.
 */
package dev.plinth.observe;
