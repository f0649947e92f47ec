package org.consulta.organisations;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.drafting.Language;
import org.consulta.organisations.OrganisationDetails.Problem;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;
import org.consulta.platform.WriteTransaction;

/**
 * The registry of organisations. Anyone may list and read confirmed organisations (the registration
 * form picks from them); drafters see proposed ones too, and create, edit, import, confirm and
 * merge.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {
  private static final String NAMES = "names";
  private static final Set<String> TEXTS =
      Set.of("name", "acronym", "country", "sector", "website");
  private static final Set<String> FIELDS = fields();
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 200;

  @Inject private Organisations organisations;
  @Inject private OrganisationSearch search;
  @Inject private OrganisationMerge merges;
  @Inject private OrganisationImport imports;
  @Inject private OrganisationCsvUpload uploads;
  @Inject private WriteTransaction transaction;

  /** A page of organisations in name order; {@code X-Total-Count} says how many match. */
  @GET
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("country") String country,
      @QueryParam("sector") String sector,
      @QueryParam("status") String status,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @Context SecurityContext security) {
    OrganisationStatus wanted =
        status == null || status.isBlank()
            ? null
            : WireNames.parse(OrganisationStatus.class, "status", status);
    if (!drafter(security)) {
      if (wanted != null && wanted != OrganisationStatus.CONFIRMED) {
        throw new DomainException(
            DomainException.Reason.FORBIDDEN, "status", "only drafters see " + status + " ones");
      }
      wanted = OrganisationStatus.CONFIRMED;
    }
    var page =
        search.find(
            new OrganisationSearch.Query(
                q == null || q.isBlank() ? null : bounded("q", q, OrganisationDetails.MAX_NAME),
                country == null || country.isBlank() ? null : bounded("country", country, 2),
                sector == null || sector.isBlank()
                    ? null
                    : WireNames.parse(Sector.class, "sector", sector),
                wanted,
                QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0),
                QueryParams.optionalInt("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT)));
    return Response.ok(page.organisations().stream().map(OrganisationView::of).toList())
        .header("X-Total-Count", page.total())
        .build();
  }

  @POST
  @RequiresRole(Role.DRAFTER_NAME)
  public Response create(
      JsonStructure body, @Context UriInfo uri, @Context SecurityContext security) {
    OrganisationDetails details = details(readRaw(body, new HashMap<>()));
    OrganisationView created =
        transaction.answer(
            () ->
                OrganisationView.of(
                    organisations.create(details, security.getUserPrincipal().getName())));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /** An organisation with its counts; a proposed one is for drafters only. */
  @GET
  @Path("{id}")
  public OrganisationView read(@PathParam("id") String id, @Context SecurityContext security) {
    return transaction.answer(
        () -> {
          Organisation organisation = organisations.find(id(id));
          if (organisation.status() == OrganisationStatus.PROPOSED && !drafter(security)) {
            throw new DomainException(
                DomainException.Reason.NOT_FOUND, "id", "no organisation " + id);
          }
          return OrganisationView.of(organisation, organisations.counts(organisation));
        });
  }

  /** Changes the fields given; {@code null} or an empty text clears an optional one. */
  @PATCH
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public OrganisationView edit(@PathParam("id") String id, JsonStructure body) {
    long organisationId = id(id);
    return transaction.answer(
        () ->
            OrganisationView.of(
                organisations.edit(
                    organisationId, current -> details(readRaw(body, current.raw(NAMES + "."))))));
  }

  @POST
  @Path("{id}/confirm")
  @RequiresRole(Role.DRAFTER_NAME)
  public OrganisationView confirm(@PathParam("id") String id) {
    long organisationId = id(id);
    return transaction.answer(() -> OrganisationView.of(organisations.confirm(organisationId)));
  }

  public record MergeView(
      OrganisationView merged,
      OrganisationView into,
      List<Long> alsoMoved,
      int participants,
      int contributions) {}

  /**
   * Merges the organisation into {@code {"into": id}}: everything of it now counts for that one.
   */
  @POST
  @Path("{id}/merge")
  @RequiresRole(Role.DRAFTER_NAME)
  public MergeView merge(@PathParam("id") String id, JsonStructure body) {
    long organisationId = id(id);
    var fields = JsonFields.of(body, Set.of("into"));
    long into =
        fields.optionalInt("into", 1, Integer.MAX_VALUE).orElseThrow(() -> fields.required("into"));
    return transaction.answer(
        () -> {
          var merged = merges.merge(organisationId, into);
          return new MergeView(
              OrganisationView.of(merged.merged()),
              OrganisationView.of(merged.into()),
              merged.alsoMoved(),
              merged.participants(),
              merged.contributions());
        });
  }

  /**
   * Imports a CSV file ({@code text/csv}, UTF-8): all its lines or, if any is wrong, none, with the
   * errors by line and field.
   */
  @POST
  @Path("imports")
  @Consumes(MediaType.WILDCARD)
  @RequiresRole(Role.DRAFTER_NAME)
  public OrganisationImport.Report importCsv(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Context SecurityContext security) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")) {
      throw DomainException.invalid(HttpHeaders.CONTENT_TYPE, "an import is text/csv");
    }
    String csv = uploads.read(body);
    return transaction.answer(() -> imports.run(csv, security.getUserPrincipal().getName()));
  }

  /** Groups of organisations that are likely one, for a drafter to merge. */
  @GET
  @Path("duplicates")
  @RequiresRole(Role.DRAFTER_NAME)
  public List<List<OrganisationView>> duplicates() {
    return search.duplicates().stream()
        .map(group -> group.stream().map(OrganisationView::of).toList())
        .toList();
  }

  /**
   * The body's fields laid over {@code raw} (texts by the keys {@link OrganisationDetails#read}
   * takes): a field given as null or blank is cleared, {@code names} replaces every name.
   */
  private static Map<String, String> readRaw(JsonStructure body, Map<String, String> raw) {
    var fields = JsonFields.of(body, FIELDS);
    JsonObject object = (JsonObject) body;
    for (String key : TEXTS) {
      if (object.containsKey(key)) {
        raw.put(key, fields.optionalText(key, OrganisationDetails.MAX_WEBSITE).orElse(null));
      }
    }
    if (object.containsKey(NAMES)) {
      raw.keySet().removeIf(key -> key.startsWith(NAMES + "."));
      if (!object.isNull(NAMES)) {
        fields
            .textsByKey(NAMES, OrganisationDetails.MAX_NAME)
            .forEach(
                (lang, name) -> {
                  Language.parse(NAMES + "." + lang, lang);
                  raw.put(NAMES + "." + lang, name);
                });
      }
    }
    return raw;
  }

  private static OrganisationDetails details(Map<String, String> raw) {
    List<Problem> problems = new ArrayList<>();
    OrganisationDetails details = OrganisationDetails.read(raw, NAMES + ".", 0, problems);
    if (details == null) {
      Problem first = problems.get(0);
      throw DomainException.invalid(first.field(), first.message());
    }
    return details;
  }

  private static boolean drafter(SecurityContext security) {
    return security.getUserPrincipal() != null && security.isUserInRole(Role.DRAFTER_NAME);
  }

  private static long id(String id) {
    return QueryParams.requiredPositive("id", id);
  }

  private static String bounded(String name, String value, int max) {
    if (value.length() > max) {
      throw DomainException.invalid(name, name + " is longer than " + max + " characters");
    }
    if (value.indexOf('\u0000') >= 0) {
      throw DomainException.invalid(name, name + " holds a U+0000 character");
    }
    return value;
  }

  private static Set<String> fields() {
    Set<String> fields = new HashSet<>(TEXTS);
    fields.add(NAMES);
    return Set.copyOf(fields);
  }
}
