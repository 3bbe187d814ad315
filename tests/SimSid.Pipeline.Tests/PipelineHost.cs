using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Gateway;
using SimSid.Hosting;
using SimSid.Inference;

namespace SimSid.Pipeline.Tests;

/// <summary>Composes the roles as <c>simsid serve</c> does, with a stand-in scorer instead of the model.</summary>
internal static class PipelineHost
{
    public static WebApplication Build(IDictionary<string, string?> settings, IImageScorer scorer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSimSidDefaults("serve");
        builder.AddGateway();
        builder.Services.AddSingleton(scorer);
        builder.AddInference();
        builder.AddSimSidBus();
        var app = builder.Build();
        app.MapSimSidManagement();
        return app;
    }
}
