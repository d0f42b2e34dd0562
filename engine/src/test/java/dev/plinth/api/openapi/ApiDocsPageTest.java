package dev.plinth.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Swagger UI page for people: Spring Boot serves it and the Swagger UI files it names from the classpath, and it
 * loads the API's OpenAPI document.
 */
@SpringBootTest(classes = ApiDocsPageTest.StaticResourcesOnly.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
// Without Plinth's filter chains (which leave these paths open), Boot's default security would ask for a sign-in.
@AutoConfigureMockMvc(addFilters = false)
class ApiDocsPageTest {

    private static final String PAGE = "/plinth-api-docs/index.html";
    private static final Pattern RELATIVE_ADDRESS = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"");

    /** Spring MVC with Boot's default static resource locations, and nothing else of Plinth. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class})
    static class StaticResourcesOnly {
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void thePageAndEveryFileItNamesAreServed() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"));

        List<String> addresses = relativeAddresses(resource("META-INF/resources" + PAGE));
        assertThat(addresses).contains("../webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", "api-docs.js");
        for (String address : addresses) {
            String path = java.net.URI.create(PAGE).resolve(address).getPath();
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void thePageLoadsTheDocumentOfTheApi() throws IOException {
        String script = resource("META-INF/resources/plinth-api-docs/api-docs.js");

        assertThat(script).contains("url: \"../api/openapi.json\"");
        assertThat(java.net.URI.create(PAGE).resolve("../api/openapi.json").getPath()).isEqualTo("/api/openapi.json");
    }

    private static List<String> relativeAddresses(String html) {
        List<String> addresses = new ArrayList<>();
        Matcher matcher = RELATIVE_ADDRESS.matcher(html);
        while (matcher.find()) {
            addresses.add(matcher.group(1));
        }
        return addresses;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ApiDocsPageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
