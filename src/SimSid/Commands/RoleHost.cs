using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SimSid.Gateway;
using SimSid.Gateway.Retraining;
using SimSid.Hosting;
using SimSid.Inference;
using SimSid.Retrain.Hosting;
using SimSid.Retrain.Selection;
using SerilogLog = Serilog.Log;

namespace SimSid.Commands;

/// <summary>
/// Runs one or both pipeline roles in a web host (management port: health and metrics). Configuration: appsettings.json (beside the executable),
/// environment variables (Section__Key) and extra <c>--Section:Key=value</c> arguments. Exit codes: 0 stopped, 1 failed, 2 bad configuration.
/// Roles with the gateway also run scheduled retraining (<c>Retrain:Enabled</c>) on the gateway's state database and
/// archive; a promotion is published as ModelPublished to the inference workers that follow the registry.
/// </summary>
internal static class RoleHost
{
    public static async Task<int> RunAsync(string role, bool gateway, bool inference, bool inMemoryOnly, IReadOnlyList<string> configurationArguments, CancellationToken cancellationToken)
    {
        SimSidLogging.CreateBootstrapLogger();
        try
        {
            var app = Build(role, gateway, inference, inMemoryOnly, configurationArguments);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            SerilogLog.Fatal("Invalid configuration: {Failures}", string.Join(" ", ex.Failures));
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or IOException or System.Net.Sockets.SocketException or UnauthorizedAccessException or SimSid.Model.Storage.ModelFormatException)
        {
            SerilogLog.Fatal(ex, "simsid {Role} could not run: {Reason}", role, ex.Message);
            return 1;
        }
        finally
        {
            await SerilogLog.CloseAndFlushAsync().ConfigureAwait(false);
        }
    }

    public static WebApplication Build(string role, bool gateway, bool inference, bool inMemoryOnly, IReadOnlyList<string> configurationArguments)
    {
        // The content root is the executable's folder, so the shipped appsettings.json beside it is read wherever the
        // process starts (a container's working directory is the data volume); environment variables and
        // --Section:Key arguments override it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [.. configurationArguments], ContentRootPath = AppContext.BaseDirectory });
        if (inMemoryOnly)
        {
            builder.Configuration["Messaging:Transport"] = nameof(MessageTransport.InMemory);
        }

        builder.AddSimSidDefaults(role);
        if (gateway)
        {
            builder.AddGateway();
            builder.Services.TryAddSingleton<IArchivedInstanceSource, StateDatabaseInstanceSource>();
            builder.AddScheduledRetraining(ModelImageLoader.Load);
        }

        if (inference)
        {
            builder.AddInference();
        }

        builder.AddSimSidBus();
        var app = builder.Build();
        app.MapSimSidManagement();
        return app;
    }
}
