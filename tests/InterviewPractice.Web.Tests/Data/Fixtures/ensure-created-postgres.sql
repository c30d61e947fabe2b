CREATE TABLE "Submissions" (
    "Id" uuid NOT NULL,
    "Problem" character varying(100) NOT NULL,
    "Language" character varying(20) NOT NULL,
    "Code" text NOT NULL,
    "Mode" character varying(20) NOT NULL,
    "CustomInputsJson" text,
    "Status" character varying(20) NOT NULL,
    "Verdict" character varying(40),
    "ResultJson" text,
    "ClientId" character varying(100) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "StartedAt" timestamp with time zone,
    "FinishedAt" timestamp with time zone,
    "Attempts" integer NOT NULL,
    "LeaseOwner" character varying(200),
    "LeaseUntil" timestamp with time zone,
    CONSTRAINT "PK_Submissions" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_Submissions_Status_CreatedAt" ON "Submissions" ("Status", "CreatedAt");


