# Plinth built from this repository: the executable jar on a JRE, serving the model folder given in PLINTH_MODEL
# against the PostgreSQL given in PLINTH_DB_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY engine/pom.xml engine/
COPY admin-ui/pom.xml admin-ui/
RUN ./mvnw -q -B dependency:go-offline -DexcludeArtifactIds=plinth-engine || true
COPY engine engine
COPY admin-ui admin-ui
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app plinth
WORKDIR /app
COPY --from=build /src/admin-ui/target/plinth.jar /app/plinth.jar
COPY model-examples /app/model-examples
USER plinth
EXPOSE 8080
ENV PLINTH_MODEL=/app/model-examples/blog
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-jar", "/app/plinth.jar"]
CMD ["serve"]
