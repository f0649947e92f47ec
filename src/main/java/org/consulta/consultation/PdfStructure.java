package org.consulta.consultation;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;

/**
 * The tagged structure of a PDF laid out page by page: a Document element whose children (H1, H2,
 * H3, P) own the marked content of their text by MCID, and the parent tree that leads from each
 * page's marked content back to its element. Built on PDFBox's dictionaries directly, with as few
 * entries as the format asks, since a long report has hundreds of thousands of elements.
 */
final class PdfStructure {
  private static final COSName MCR = COSName.getPDFName("MCR");

  private final COSDictionary root = new COSDictionary();
  private final COSDictionary document = new COSDictionary();
  private final COSArray children = new COSArray();
  private final COSArray parentTree = new COSArray();
  private COSDictionary page;
  private COSArray marked;
  private int pages;

  PdfStructure() {
    root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    root.setItem(COSName.K, document);
    document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
    document.setItem(COSName.S, COSName.getPDFName("Document"));
    document.setItem(COSName.P, root);
    document.setItem(COSName.K, children);
  }

  /** Content marked from now on is on {@code page}, the next page of the document. */
  void page(COSDictionary page) {
    this.page = page;
    marked = new COSArray();
    marked.setDirect(true);
    page.setInt(COSName.STRUCT_PARENTS, pages);
    parentTree.add(COSInteger.get(pages));
    parentTree.add(marked);
    pages++;
  }

  /** A new element of the document, {@code lang} when it differs from the document's (or null). */
  COSDictionary element(COSName type, String lang) {
    COSDictionary element = new COSDictionary();
    element.setItem(COSName.S, type);
    element.setItem(COSName.P, document);
    if (lang != null) {
      element.setString(COSName.LANG, lang);
    }
    children.add(element);
    return element;
  }

  /** The MCID of a new run of {@code element}'s content on the current page. */
  int mark(COSDictionary element) {
    int mcid = marked.size();
    marked.add(element);
    COSBase kids = element.getItem(COSName.K);
    if (kids == null) {
      element.setItem(COSName.PG, page);
      element.setInt(COSName.K, mcid);
      return mcid;
    }
    COSArray runs;
    if (kids instanceof COSArray array) {
      runs = array;
    } else {
      runs = new COSArray();
      runs.add(kids);
      element.setItem(COSName.K, runs);
    }
    COSDictionary reference = new COSDictionary();
    reference.setDirect(true);
    reference.setItem(COSName.TYPE, MCR);
    reference.setItem(COSName.PG, page);
    reference.setInt(COSName.MCID, mcid);
    runs.add(reference);
    return mcid;
  }

  void finish(PDDocumentCatalog catalog) {
    COSDictionary tree = new COSDictionary();
    tree.setItem(COSName.NUMS, parentTree);
    root.setItem(COSName.PARENT_TREE, tree);
    root.setInt(COSName.PARENT_TREE_NEXT_KEY, pages);
    catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
  }
}
