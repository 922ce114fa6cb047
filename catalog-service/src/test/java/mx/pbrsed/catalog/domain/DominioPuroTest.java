package mx.pbrsed.catalog.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java, so the rules can be tested and reused without any framework. */
class DominioPuroTest {

    @Test
    void elDominioSoloDependeDeJava() {
        JavaClasses dominio = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("mx.pbrsed.catalog.domain");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "mx.pbrsed.catalog.domain")
                .check(dominio);
    }
}
