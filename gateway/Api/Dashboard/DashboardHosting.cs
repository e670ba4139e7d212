using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Okube.Actors.Gateway.Dashboard;

/// <summary>
/// The retailer dashboard: index.html at "/", its bundle under /dashboard/. The files are public
/// (they hold no data); the page calls the API with the key its user enters, as a bearer token.
/// The bundle is embedded into this assembly at build time (Dashboard/Dashboard.targets).
/// </summary>
public static class DashboardHosting
{
    /// <summary>Where the bundle is served; index.html names its files /dashboard/assets/NAME-HASH.EXT.</summary>
    public const string RequestPath = "/dashboard";

    /// <summary>A folder to serve instead of the embedded bundle (e.g. Dashboard/web/dist under `npm run watch`).</summary>
    public const string FolderSetting = "Okube:Dashboard:Folder";

    /// <summary>The folder of the embedded files, as the build's manifest names it.</summary>
    private const string EmbeddedRoot = "Dashboard/web/dist";

    private const string IndexFile = "index.html";

    /// <summary>Same-origin scripts, styles and API calls only: nothing inline, nothing from elsewhere.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Content-hashed names: a new build has new names, so these never change.</summary>
    private static readonly PathString HashedAssets = "/assets";

    public static WebApplication UseOkubeDashboard(this WebApplication app)
    {
        var files = FilesOf(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            OnPrepareResponse = file => SetHeaders(file.Context.Response,
                immutable: file.Context.Request.Path.StartsWithSegments(RequestPath + HashedAssets)),
        });
        app.MapGet("/", (HttpContext context) => Index(context, files))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static IFileProvider FilesOf(WebApplication app)
    {
        if (app.Configuration[FolderSetting] is { Length: > 0 } folder)
        {
            return new PhysicalFileProvider(Path.GetFullPath(folder, app.Environment.ContentRootPath));
        }
        return new ManifestEmbeddedFileProvider(typeof(DashboardHosting).Assembly, EmbeddedRoot);
    }

    private static IResult Index(HttpContext context, IFileProvider files)
    {
        var index = files.GetFileInfo(IndexFile);
        if (!index.Exists)
        {
            return Results.NotFound();
        }
        SetHeaders(context.Response, immutable: false);
        return Results.Stream(index.CreateReadStream(), "text/html; charset=utf-8", lastModified: index.LastModified);
    }

    private static void SetHeaders(HttpResponse response, bool immutable)
    {
        var headers = response.Headers;
        headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
    }
}
