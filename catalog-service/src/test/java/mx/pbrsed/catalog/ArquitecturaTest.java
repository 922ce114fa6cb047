package mx.pbrsed.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of the catalog: resources go through services, entities stay behind them. */
@AnalyzeClasses(packages = "mx.pbrsed.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArquitecturaTest {

    @ArchTest
    static final ArchRule losRecursosNoUsanRepositorios = noClasses()
            .that().resideInAPackage("mx.pbrsed.catalog.rest..")
            .should().dependOnClassesThat().resideInAPackage("mx.pbrsed.catalog.repository..")
            .because("a resource calls a service, which owns the transaction");

    @ArchTest
    static final ArchRule elDominioSoloDependeDeJava = classes()
            .that().resideInAPackage("mx.pbrsed.catalog.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "mx.pbrsed.catalog.domain..")
            .because("the catalog rules are plain Java, testable without Quarkus");

    @ArchTest
    static final ArchRule elModeloDeLaApiNoExponeEntidades = noClasses()
            .that().resideInAPackage("mx.pbrsed.catalog.rest.model..")
            .should().dependOnClassesThat().resideInAPackage("mx.pbrsed.catalog.repository..")
            .because("API models are records separate from the entities");
}
