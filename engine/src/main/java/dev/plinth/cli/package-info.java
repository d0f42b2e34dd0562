/**
 * The command line: {@code validate}, {@code plan}, {@code apply}, {@code export} and {@code serve}, all from the one
 * jar. Each command is a small class over the model and schema packages; {@link dev.plinth.cli.Cli} parses the
 * arguments and dispatches.
 */
package dev.plinth.cli;
