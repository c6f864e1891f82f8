using SmpRules.Web;

WebApp.Build(args).Run();

/// <summary>The web sample's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
