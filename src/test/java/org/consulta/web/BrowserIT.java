package org.consulta.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.consulta.api.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web application in a real browser, against the engine on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT
    implements ShellJourney,
        DraftingJourney,
        ConsultationJourney,
        RoundScreensJourney,
        ResearchJourney,
        ResearchScreensJourney,
        PublicationJourney,
        OrganisationJourney,
        AccessibilityJourney,
        MeetingJourney,
        DocketJourney,
        AttachmentJourney,
        ImplementationJourney,
        NotificationScreensJourney,
        DraftingScreensJourney,
        TranslationJourney,
        StructureJourney,
        AccountsJourney,
        PublishedVersionsJourney {
  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.forBrowser();
  }

  @Override
  public URI base() {
    try {
      return base.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
