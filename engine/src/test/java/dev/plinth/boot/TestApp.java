package dev.plinth.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest application around the engine: Spring Boot's auto-configuration, Plinth's included, and nothing else. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {
}
