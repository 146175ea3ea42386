# syntax=docker/dockerfile:1
# Coopex image: the jar is built with the Maven wrapper, then run on a JRE as a non-root user.
#   docker build -t coopex .
# Configuration comes only from the environment (SPRING_DATASOURCE_URL, COOPEX_*): see
# application.yml. Without a datasource it runs on an embedded H2 database in /app/data.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests -Dspring-javaformat.skip=true package \
    && cp target/coopex-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system coopex \
    && useradd --system --gid coopex --home-dir /app --no-create-home --shell /usr/sbin/nologin coopex \
    && mkdir -p /app/data \
    && chown coopex:coopex /app/data
WORKDIR /app
# One layer per kind of content, the least often changed first.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER coopex
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# The Ubuntu-based Temurin images ship wget and curl; either answers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" \
        || curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" \
        || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/application.jar"]
