using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    // Members of owner corporations get their permissions from grants to "OwnerMembers" now, basic access and their
    // corporation's structures to start with, and "view corporation structures" is a permission of its own: whoever
    // held basic access, which used to include it, keeps seeing what they saw.
    public partial class MemberDefaultsAndUnanchoringPermission : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "PermissionGrants"
                WHERE "GranteeKind" = 'OwnerMembers' OR "Permission" IN ('ViewCorporationStructures', 'ViewAllUnanchoringStatus');
                """);
        }
    }
}
