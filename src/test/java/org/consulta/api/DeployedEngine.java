package org.consulta.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every API contract, run against the engine that a subclass deploys on one database. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedEngine
    implements LawReadingContract,
        ArticleEditingContract,
        ConcurrentEditingContract,
        ArticleStructureContract,
        ArticleRestoreContract,
        VersionContract,
        AccessContract,
        SessionContract,
        BadInputContract,
        DraftLoadingContract,
        ConsultationRoundContract,
        RoundEditingContract,
        CommentContract,
        AnnotationContract,
        SuggestionContract,
        ReportContract,
        CommentBadInputContract,
        OrganisationContract,
        FuzzContract,
        LegislationSearchContract,
        LegislationImportContract,
        ReferenceContract,
        WorkSearchContract,
        CrossLanguageContract,
        WriteAnswerContract,
        AccountManagementContract,
        AdminPowersContract,
        ThrottleContract,
        AuditContract,
        LimitsContract,
        HostileClientContract,
        EditionContract,
        PrintEditionContract,
        AknContract,
        MeetingContract,
        DocketContract,
        AttachmentContract,
        NotificationContract,
        ImplementationContract,
        MetricsContract,
        TranslationContract,
        StructureContract,
        PublishedVersionsContract {
  @ArquillianResource private URL base;

  @Override
  public URI base() {
    try {
      return base.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
