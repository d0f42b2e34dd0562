package dev.plinth.cli;

/** The text {@code --help} prints. */
final class Usage {

    static final String TEXT = """
            Plinth: JSON model files become PostgreSQL tables and a secured REST API.

            Usage: java -jar plinth.jar [command] [options]

            Commands:
              serve                      Serve the API and the admin UI (the default command).
                --model=<dir>            Model folder to serve; safe changes in it are applied on start.
                --watch                  Apply saved changes to the model folder while serving.
                --server.port=<n>        HTTP port (default 8080).
              validate <model-dir>       Check a model folder. Exit 0 when valid, 1 with every problem listed.
              plan <model-dir>           Show what applying the model would change, with the SQL.
                                         Exit 0 when there is nothing to do, 2 when there are changes, 1 on error.
              apply <model-dir>          Apply the model to the database in one transaction.
                --allow-destructive      Also run changes that lose data (drops, narrowing type changes).
              export <out-dir>           Write the model the database holds as model files.
              help                       Show this text.

            Database options (every command but validate):
              --db-url=<jdbc-url>        External PostgreSQL, e.g. jdbc:postgresql://localhost:5432/plinth
              --db-user=<user>           (or PLINTH_DB_URL, PLINTH_DB_USER, PLINTH_DB_PASSWORD)
              --db-password=<password>
              --data-dir=<dir>           Without --db-url, an embedded PostgreSQL keeps its data here
                                         (default ./.plinth/data, or PLINTH_DATA_DIR).
              --db-migration-lock-timeout=<duration>
                                         The longest apply waits for a table others are using, then fails
                                         and changes nothing (default 10s, 0 for no limit; or
                                         PLINTH_DB_MIGRATION_LOCK_TIMEOUT).
            """;

    private Usage() {
    }
}
