using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPractice.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TimedAssignmentsRejudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreviousVerdict",
                table: "Submissions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RejudgedAt",
                table: "Submissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TestsVersion",
                table: "Submissions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Minutes",
                table: "CohortAssignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignmentId",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_AssignmentId_UserId",
                table: "Assessments",
                columns: new[] { "AssignmentId", "UserId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Assessments_CohortAssignments_AssignmentId",
                table: "Assessments",
                column: "AssignmentId",
                principalTable: "CohortAssignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Assessments_CohortAssignments_AssignmentId",
                table: "Assessments");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_AssignmentId_UserId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "PreviousVerdict",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RejudgedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "TestsVersion",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Minutes",
                table: "CohortAssignments");

            migrationBuilder.DropColumn(
                name: "AssignmentId",
                table: "Assessments");
        }
    }
}
