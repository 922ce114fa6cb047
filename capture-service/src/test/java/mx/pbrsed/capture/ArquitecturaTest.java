package mx.pbrsed.capture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import mx.pbrsed.platform.pruebas.ReglasDeArquitectura;

/** The dependency rules every service keeps (the platform's rule set), over capture's classes. */
@AnalyzeClasses(packages = "mx.pbrsed.capture", importOptions = ImportOption.DoNotIncludeTests.class)
class ArquitecturaTest {

    @ArchTest
    static final ArchTests comunes = ArchTests.in(ReglasDeArquitectura.class);
}
