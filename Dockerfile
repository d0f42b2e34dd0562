# Plinth built from this repository: the executable jar on a JRE, serving the model folder given in PLINTH_MODEL
# against the PostgreSQL given in PLINTH_DB_URL (see docker-compose.yml and docs/deploying.md).
#   docker build -t plinth .

# Build with the Maven wrapper on a JDK. Dependencies first, in their own layer, so a source change reuses them.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY engine/pom.xml engine/
COPY admin-ui/pom.xml admin-ui/
RUN ./mvnw -q -B dependency:go-offline -DexcludeArtifactIds=plinth-engine || true
COPY engine engine
COPY admin-ui admin-ui
# The image runs plinth.jar: no extracted copy and no class data sharing archive (that fits only the JDK it was made by).
RUN ./mvnw -q -B package -DskipTests -Dplinth.cds.skip=true
# The health check: a few lines of Java, since the runtime image has no curl.
COPY deploy/docker/HealthCheck.java deploy/docker/
RUN javac -d /healthcheck deploy/docker/HealthCheck.java

# Run on the JRE alone (no compiler, no build tools), as an unprivileged user. Temurin's JRE image is glibc-based,
# which the embedded PostgreSQL's binaries need when no PLINTH_DB_URL is given.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app plinth \
    && mkdir -p /var/lib/plinth \
    && chown plinth /var/lib/plinth
WORKDIR /app
COPY --from=build /src/admin-ui/target/plinth.jar /app/plinth.jar
COPY --from=build /healthcheck /app/healthcheck
COPY model-examples /app/model-examples
USER 10001
EXPOSE 8080
# The blog example, and the embedded PostgreSQL's data (used only without PLINTH_DB_URL) where this user may write.
ENV PLINTH_MODEL=/app/model-examples/blog \
    PLINTH_DATA_DIR=/var/lib/plinth
# Healthy once Plinth's readiness group says so; a small JVM, since it starts every 15 seconds.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-Xmx16m", "-Xss256k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/app/healthcheck", "HealthCheck"]
# The heap may use three quarters of the container's memory limit (the JVM's default is a quarter).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/plinth.jar"]
CMD ["serve"]
