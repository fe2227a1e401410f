using Structures.Dashboard.Simulation.Discord;
using Structures.Dashboard.Simulation.Esi;
using Structures.Dashboard.Simulation.Faults;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation.Control;

// The control surface for tests and demos: make things happen in the simulated universe.
internal static class SimControlEndpoints
{
    public static void MapSimulationControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/sim/control").ExcludeFromDescription().DisableAntiforgery();
        control.MapGet("/world", (SimWorld world) => Results.Json(new
        {
            alliances = world.Alliances,
            corporations = world.Corporations,
            characters = world.Characters.Select(c => new { c.Id, c.Name, c.CorporationId, c.Roles }),
            structures = world.Read(all => all.Select(s => new { s.Id, s.Name, s.CorporationId, s.TypeId, s.SystemId, Kind = s.Kind.ToString(), s.State, s.FuelExpires }).ToList()),
        }));
        control.MapGet("/notification-types", (SimNotificationFactory factory) => Results.Json(factory.Types));
        control.MapPost("/notifications", EmitNotification);
        control.MapPost("/structures/{id:long}/attack", (long id, SimWorld world, SimNotificationFactory factory) =>
            world.Structure(id) is { } s ? Emit(world, factory, AttackType(s.Kind), s) : Results.NotFound());
        control.MapPost("/structures/{id:long}/reinforce", (long id, ReinforceRequest request, SimWorld world, SimNotificationFactory factory) =>
            request.Problem() is { } problem ? SimControlBadInput.Invalid(problem) : Reinforce(id, request, world, factory));
        control.MapPost("/structures/{id:long}/fuel", (long id, FuelRequest request, SimWorld world) =>
            request.Problem() is { } problem ? SimControlBadInput.Invalid(problem) : ChangeFuel(id, request, world));
        control.MapPost("/structures/{id:long}/destroy", (long id, SimWorld world) =>
        {
            var removed = 0;
            world.Change(all => removed = all.RemoveAll(s => s.Id == id));
            return removed == 0 ? Results.NotFound() : Results.NoContent();
        });
        control.MapPost("/characters/{id:long}/roles", (long id, RolesRequest request, SimWorld world) =>
        {
            if (request.Problem() is { } problem)
            {
                return SimControlBadInput.Invalid(problem);
            }

            if (world.Character(id) is not { } character)
            {
                return Results.NotFound();
            }

            character.Roles = request.Roles;
            return Results.Json(new { character.Id, character.Roles });
        });
        // Selling a character: EVE gives it a new owner hash and the tokens issued to the old owner stop working.
        control.MapPost("/characters/{id:long}/transfer", (long id, SimWorld world, SimTokenService tokens) =>
        {
            if (world.Character(id) is not { } character)
            {
                return Results.NotFound();
            }

            character.OwnerHash = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
            return Results.Json(new { character.Id, character.OwnerHash, revokedRefreshTokens = tokens.RevokeCharacter(id) });
        });
        // A corporation leaving its alliance (allianceId null) or joining another.
        control.MapPost("/corporations/{id:long}/alliance", (long id, AllianceRequest request, SimWorld world) =>
        {
            if (world.Corporation(id) is not { } corporation)
            {
                return Results.NotFound();
            }

            if (request.AllianceId is { } alliance && world.Alliance(alliance) is null)
            {
                return SimControlBadInput.Invalid($"There is no alliance {alliance}.");
            }

            corporation.AllianceId = request.AllianceId;
            return Results.Json(new { corporation.Id, corporation.AllianceId });
        });
        control.MapPost("/tokens/{characterId:long}/revoke", (long characterId, SimTokenService tokens) =>
            Results.Json(new { revokedRefreshTokens = tokens.RevokeCharacter(characterId) }));
        control.MapGet("/faults", (SimFaults faults) => Results.Json(faults.Active()));
        control.MapPost("/faults", AddFault);
        control.MapDelete("/faults", (SimFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        control.MapPost("/esi-cache/clear", (SimEsiCache cache) =>
        {
            cache.Clear();
            return Results.NoContent();
        });
        control.MapGet("/discord/messages", (string? webhookId, SimDiscordChannel channel) => Results.Json(channel.Messages(webhookId)));
        control.MapDelete("/discord/messages", (SimDiscordChannel channel) =>
        {
            channel.Clear();
            return Results.NoContent();
        });
        control.MapPost("/discord/webhooks/{webhookId}/delete", (string webhookId, SimDiscordChannel channel) =>
        {
            channel.Delete(webhookId);
            return Results.NoContent();
        });
    }

    private static IResult EmitNotification(EmitNotificationRequest request, SimWorld world, SimNotificationFactory factory)
    {
        if (request.Problem() is { } problem)
        {
            return SimControlBadInput.Invalid(problem);
        }

        var target = request.StructureId is { } id
            ? world.Structure(id)
            : world.Read(all => all.FirstOrDefault(s => request.CorporationId is null || s.CorporationId == request.CorporationId));
        if (target is null)
        {
            return Results.NotFound(new { error = "No such structure in the simulated universe." });
        }

        if (request.Text is not null)
        {
            return Results.Json(new { notifications = world.Notify(target.CorporationId, request.Type, target.CorporationId, "corporation", request.Text, request.DistinctIds) });
        }

        var timer = request.TimeLeftSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return Emit(world, factory, request.Type, target, request.DistinctIds, timer);
    }

    private static IResult Emit(SimWorld world, SimNotificationFactory factory, string type, SimStructure target, bool distinctIds = false, TimeSpan? timer = null)
    {
        if (factory.Create(type, target, timer) is not { } draft)
        {
            return Results.BadRequest(new { error = $"No sample for notification type '{type}'.", known = factory.Types });
        }

        var created = world.Notify(target.CorporationId, draft.Type, draft.SenderId, draft.SenderType, draft.Text, distinctIds);
        return Results.Json(new { notifications = created });
    }

    private static string AttackType(SimStructureKind kind) => kind switch
    {
        SimStructureKind.Starbase => "TowerAlertMsg",
        SimStructureKind.CustomsOffice => "OrbitalAttacked",
        SimStructureKind.Skyhook => "SkyhookUnderAttack",
        _ => "StructureUnderAttack",
    };

    private static IResult Reinforce(long id, ReinforceRequest request, SimWorld world, SimNotificationFactory factory)
    {
        if (world.Structure(id) is not { } s)
        {
            return Results.NotFound();
        }

        var timer = TimeSpan.FromHours(request.Hours);
        var until = world.Now + timer;
        world.Change(_ =>
        {
            if (s.Kind == SimStructureKind.Starbase)
            {
                s.State = "reinforced";
                s.ReinforcedUntil = until;
            }
            else
            {
                s.State = "armor_reinforce";
                s.StateTimerStart = world.Now;
                s.StateTimerEnd = until;
            }
        });
        var type = s.Kind switch
        {
            SimStructureKind.CustomsOffice => "OrbitalReinforced",
            SimStructureKind.Skyhook => "SkyhookLostShields",
            SimStructureKind.Starbase => "TowerAlertMsg",
            _ => "StructureLostShields",
        };
        return Emit(world, factory, type, s, timer: timer);
    }

    private static IResult ChangeFuel(long id, FuelRequest request, SimWorld world)
    {
        if (world.Structure(id) is not { } s)
        {
            return Results.NotFound();
        }

        world.Change(_ =>
        {
            s.FuelExpires = request.Hours > 0 ? world.Now.AddHours(request.Hours) : world.Now;
            if (request.MagmaticGasHours is { } gas)
            {
                s.MagmaticGasExpires = world.Now.AddHours(gas);
            }

            if (request.LiquidOzone is { } ozone)
            {
                s.LiquidOzone = ozone;
            }
        });
        return Results.Json(new { s.Id, s.FuelExpires, s.MagmaticGasExpires, s.LiquidOzone });
    }

    private static IResult AddFault(FaultRequest request, SimFaults faults, TimeProvider clock)
    {
        if (request.Problem() is { } problem)
        {
            return SimControlBadInput.Invalid(problem);
        }

        if (!Enum.TryParse<SimFaultKind>(request.Kind, ignoreCase: true, out var kind))
        {
            return Results.BadRequest(new { error = $"Unknown fault kind '{request.Kind}'.", known = Enum.GetNames<SimFaultKind>() });
        }

        var fault = new SimFault(request.Target, kind)
        {
            Status = request.Status,
            DelayMilliseconds = request.DelayMilliseconds,
            RetryAfterSeconds = request.RetryAfterSeconds,
            Page = request.Page,
            Remaining = request.Count,
            Until = request.ForSeconds is { } seconds ? clock.GetUtcNow().AddSeconds(seconds) : null,
        };
        faults.Add(fault);
        return Results.Json(fault);
    }
}
