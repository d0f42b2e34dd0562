/**
 * The one filter language, for {@code ?filter=} on the API and for the {@code where} and {@code check} of
 * permission rules. Three stages, each a plain function behind {@link dev.plinth.query.filter.Filters}:
 *
 * <ol>
 *   <li><b>parse</b> ({@code Lexer}, {@code Parser}): text to an immutable syntax tree of
 *       {@link dev.plinth.query.filter.Expression}, {@link dev.plinth.query.filter.Path} and
 *       {@link dev.plinth.query.filter.Value} records, every node with its 1-based column. The
 *       {@link dev.plinth.query.filter.FilterLimits} are checked here, before any work grows with the input.</li>
 *   <li><b>check</b> ({@code FilterChecker}, {@code PathResolver}, {@code ValueReader}, {@code OperatorRules}):
 *       names resolved through {@link dev.plinth.query.ModelIndex}, operators matched to field types, literal
 *       values read through each field type's {@code read} (so {@code '2024-01-01'} becomes a date), variables
 *       matched to the fields they stand for. The result, a {@link dev.plinth.query.filter.CheckedFilter}, holds a
 *       resolved tree in which every relation crossed is an explicit step.</li>
 *   <li><b>compile</b> ({@code FilterCompiler}): the resolved tree and one request's
 *       {@link dev.plinth.query.filter.Variables} to a jOOQ condition. Values are always bind values, identifiers
 *       come from the model, relations become {@code exists} subqueries, and a
 *       {@link dev.plinth.query.filter.RowFilter} may add a condition to each of them.</li>
 * </ol>
 *
 * <p>The language, in short: {@code title ~ 'java' and (status = 'published' or author = $user.id)}.
 * Comparisons {@code = != < <= > >=}; on text {@code ~} (contains), {@code !~} (does not contain) and {@code ^~}
 * (starts with), all three ignoring case, while {@code =} is case-sensitive; {@code in (...)}, {@code not in (...)},
 * {@code is null}, {@code is not null} ({@code x = null} means {@code x is null}); {@code and}, {@code or},
 * {@code not} and parentheses, {@code not} binding tightest and {@code or} loosest. Texts in single or double
 * quotes, a doubled quote standing for itself; numbers; {@code true}, {@code false}, {@code null}; variables
 * {@code $user.id}, {@code $user.email}, {@code $user.roles} (only as the list of {@code in}) and {@code $now}.
 *
 * <p>Paths and SQL's empty values:
 * <ul>
 *   <li>A path ending at a reference compares the id it holds: {@code author = '<uuid>'}, {@code author is null}.</li>
 *   <li>A path through a relation asks whether some related row matches: {@code author.name = 'Ann'} is "the author
 *       exists and is named Ann"; {@code tags.name = 'java'} is "some linked tag is named java", and
 *       {@code tags.name != 'java'} "some linked tag is not named java"; to say "no linked tag is named java",
 *       write {@code not tags.name = 'java'}.</li>
 *   <li>A path ending at a to-many relation asks about the linked rows' ids: {@code tags = '<uuid>'} (that row is
 *       linked), {@code tags != '<uuid>'} (it is not), {@code tags in (...)}, {@code tags not in (...)} (none of them
 *       is), {@code tags is null} (nothing is linked), {@code tags is not null}.</li>
 *   <li>A comparison with an empty field, or with a variable the caller has no value for, is never true, and
 *       neither is its {@code not}, as in SQL: {@code rating != 4} leaves out rows without a rating; ask for
 *       them with {@code rating is null}.</li>
 * </ul>
 */
package dev.plinth.query.filter;
