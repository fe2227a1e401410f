using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
{
    // PostgreSQL's twin of the SQLite migrations QueuedMessageTraceParent, MemberDefaultsAndUnanchoringPermission and
    // AdminNoticeWebhook: the columns, and the grants members of owner corporations start with.
    public partial class AdminNoticesMemberDefaultsTraces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReceivesAdminNotices",
                table: "Webhooks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "QueuedMessages",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.Sql("""
                INSERT INTO "PermissionGrants" ("Permission", "GranteeKind", "GranteeId", "GranteeName", "GrantedBy", "CreatedAt")
                SELECT 'ViewCorporationStructures', g."GranteeKind", g."GranteeId", g."GranteeName", g."GrantedBy", g."CreatedAt"
                FROM "PermissionGrants" g
                WHERE g."Permission" = 'BasicAccess' AND NOT EXISTS (
                    SELECT 1 FROM "PermissionGrants" o
                    WHERE o."Permission" = 'ViewCorporationStructures' AND o."GranteeKind" = g."GranteeKind" AND o."GranteeId" = g."GranteeId");
                """);
            migrationBuilder.InsertData(
                table: "PermissionGrants",
                columns: ["Permission", "GranteeKind", "GranteeId", "GranteeName", "GrantedBy", "CreatedAt"],
                values: new object[,]
                {
                    { "BasicAccess", "OwnerMembers", 0L, "Members of owner corporations", "Structures", new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc) },
                    { "ViewCorporationStructures", "OwnerMembers", 0L, "Members of owner corporations", "Structures", new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc) },
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "PermissionGrants"
                WHERE "GranteeKind" = 'OwnerMembers' OR "Permission" IN ('ViewCorporationStructures', 'ViewAllUnanchoringStatus');
                """);

            migrationBuilder.DropColumn(
                name: "ReceivesAdminNotices",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "QueuedMessages");
        }
    }
}
