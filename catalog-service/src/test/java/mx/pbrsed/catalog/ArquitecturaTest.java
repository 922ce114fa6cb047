package mx.pbrsed.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import mx.pbrsed.platform.pruebas.ReglasDeArquitectura;

/**
 * The dependency rules of the catalog: the platform's, which every service keeps (resources go
 * through services, services see neither the API nor the token, the domain is plain Java, no
 * cycles), and its own.
 */
@AnalyzeClasses(packages = "mx.pbrsed.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArquitecturaTest {

    @ArchTest
    static final ArchTests comunes = ArchTests.in(ReglasDeArquitectura.class);

    @ArchTest
    static final ArchRule elModeloDeLaApiNoExponeEntidades = noClasses()
            .that().resideInAPackage("mx.pbrsed.catalog.rest.model..")
            .should().dependOnClassesThat().resideInAPackage("mx.pbrsed.catalog.repository..")
            .because("API models are records separate from the entities");
}
