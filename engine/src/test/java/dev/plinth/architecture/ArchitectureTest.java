package dev.plinth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The directions imports may point in, as DESIGN.md states them: the faces ({@code api}, {@code cli}) over
 * {@code security} over {@code query} over {@code schema} over {@code model}; {@code observe} (request ids, the
 * model's info and gauges) serves the faces and security and reads the schema; {@code boot} wires them and nothing
 * depends on it.
 */
@AnalyzeClasses(packages = "dev.plinth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pipeline = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Model").definedBy("dev.plinth.model..")
            .layer("Schema").definedBy("dev.plinth.schema..")
            .layer("Query").definedBy("dev.plinth.query..")
            .layer("Security").definedBy("dev.plinth.security..")
            .layer("Api").definedBy("dev.plinth.api..")
            .layer("Cli").definedBy("dev.plinth.cli..")
            .layer("Database").definedBy("dev.plinth.database..")
            .layer("Observe").definedBy("dev.plinth.observe..")
            .layer("Boot").definedBy("dev.plinth.boot..")
            .whereLayer("Boot").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Api").mayOnlyBeAccessedByLayers("Boot")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Api", "Cli", "Boot")
            .whereLayer("Query").mayOnlyBeAccessedByLayers("Security", "Api", "Cli", "Boot")
            .whereLayer("Database").mayOnlyBeAccessedByLayers("Cli", "Boot")
            .whereLayer("Observe").mayOnlyBeAccessedByLayers("Security", "Api", "Boot")
            .whereLayer("Schema").mayOnlyBeAccessedByLayers("Query", "Security", "Api", "Cli", "Database", "Observe",
                    "Boot");

    @ArchTest
    static final ArchRule modelKnowsNoSqlAndNoHttp = noClasses().that().resideInAPackage("dev.plinth.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "liquibase..", "java.sql..",
                    "javax.sql..", "org.springframework..", "jakarta.servlet..");

    /** Guards the query package from its first class on. */
    @ArchTest
    static final ArchRule queryKnowsNoHttp = noClasses().that().resideInAPackage("dev.plinth.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..").allowEmptyShould(true);
}
