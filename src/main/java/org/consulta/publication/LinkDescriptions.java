package org.consulta.publication;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Gives every link annotation of a tagged PDF the description PDF/UA asks of it (its Contents),
 * from the alternate description openhtmltopdf puts on the link's structure element only.
 */
final class LinkDescriptions {
  private LinkDescriptions() {}

  static void copy(PDDocument pdf) {
    PDStructureNode root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      copy(root, null);
    }
  }

  private static void copy(PDStructureNode node, String alternate) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String own = element.getAlternateDescription();
        copy(element, own != null ? own : alternate);
      } else if (kid instanceof PDObjectReference reference
          && reference.getReferencedObject() instanceof PDAnnotation annotation
          && annotation.getContents() == null
          && alternate != null) {
        annotation.setContents(alternate);
      }
    }
  }
}
