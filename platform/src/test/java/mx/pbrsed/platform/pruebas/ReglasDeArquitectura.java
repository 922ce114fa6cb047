package mx.pbrsed.platform.pruebas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules every service keeps, run by each service's own test over its own package:
 * <pre>
 * &#64;AnalyzeClasses(packages = "mx.pbrsed.capture", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArquitecturaTest {
 *     &#64;ArchTest static final ArchTests comunes = ArchTests.in(ReglasDeArquitectura.class);
 * }
 * </pre>
 * Packages are matched by their place under {@code mx.pbrsed.<service>}, so a library package that
 * happens to be called {@code rest} is never mistaken for a service's. A service without one of the
 * packages passes the rule about it.
 */
public final class ReglasDeArquitectura {
    private static final String DOMINIO = "mx.pbrsed.*.domain..";
    private static final String SERVICIO = "mx.pbrsed.*.service..";
    private static final String REST = "mx.pbrsed.*.rest..";
    private static final String REPOSITORIO = "mx.pbrsed.*.repository..";
    private static final String MENSAJERIA = "mx.pbrsed.*.messaging..";

    private ReglasDeArquitectura() {
    }

    @ArchTest
    static final ArchRule elDominioSoloDependeDeJava = classes().that().resideInAPackage(DOMINIO)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMINIO)
            .because("the rules are plain Java, tested without Quarkus, JPA or Kafka")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule losServiciosNoVenLaApiNiElToken = noClasses().that().resideInAPackage(SERVICIO)
            .should().dependOnClassesThat().resideInAnyPackage(REST, "org.eclipse.microprofile.jwt..", "jakarta.ws.rs..")
            .because("resources map API records to commands and the token to a Solicitante; services see neither")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule losRecursosNoUsanRepositorios = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(REPOSITORIO)
            .because("a resource calls a service, which owns the transaction")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule laMensajeriaNoUsaLaApi = noClasses().that().resideInAPackage(MENSAJERIA)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("events have their own records; the HTTP API may change without touching them")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sinCiclosEntrePaquetes = slices().matching("mx.pbrsed.(*).(*)..")
            .should().beFreeOfCycles()
            .because("dependencies point inward: rest -> service -> domain, messaging -> service")
            .allowEmptyShould(true);
}
