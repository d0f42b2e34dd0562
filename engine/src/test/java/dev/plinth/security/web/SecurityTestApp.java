package dev.plinth.security.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The engine with Spring Boot's auto-configuration and nothing else, for the security tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
class SecurityTestApp {
}
