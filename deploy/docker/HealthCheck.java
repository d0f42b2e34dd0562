import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check (see the Dockerfile), written in Java because the runtime image has a JRE and no curl
 * or wget. Asks Plinth's readiness group, {@code /actuator/health/readiness}, on the port Plinth serves
 * ({@code SERVER_PORT}, 8080 by default), or the address given as the only argument. Exits 0 when it answers 200,
 * 1 otherwise, saying why.
 */
public final class HealthCheck {

    static final String PATH = "/actuator/health/readiness";
    /** Generous: Docker's own {@code --timeout} ends a check sooner; this only ends one run by hand. */
    private static final int TIMEOUT_MILLIS = 10_000;

    private HealthCheck() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
        URI address = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:" + port + PATH);
        try {
            HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            connection.disconnect();
            if (status != HttpURLConnection.HTTP_OK) {
                System.out.println(address + " answered " + status);
                System.exit(1);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.out.println(address + " did not answer: " + e.getMessage());
            System.exit(1);
        }
    }
}
