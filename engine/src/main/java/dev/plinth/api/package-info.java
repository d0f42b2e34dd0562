/**
 * The generated REST API over the applied model: {@code /api/{entity}} and {@code /api/{entity}/{id}}.
 *
 * <p>The handlers stay thin: they turn the HTTP request into the query stages' inputs (raw parameters, body bytes,
 * the If-Match version), call them, and write the JSON the query stage produced. Every refusal is a {@link
 * dev.plinth.query.QueryException} rendered as {@code application/problem+json} by {@link
 * dev.plinth.api.ProblemHandler}.
 */
package dev.plinth.api;
