-- Row-level security: a second wall behind the organisation filter of every tenant query.
-- Tenant verbs run in a transaction that switches to the role logai_tenant and sets
-- logai.organization_id; under that role a tenant table shows and accepts only that organisation's rows.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'logai_tenant') THEN
    CREATE ROLE logai_tenant NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT logai_tenant TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO logai_tenant;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO logai_tenant;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO logai_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO logai_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO logai_tenant;
--> statement-breakpoint
CREATE FUNCTION logai_current_organization() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('logai.organization_id', true), '')::uuid $$;
--> statement-breakpoint
DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'memberships', 'uploads', 'summaries', 'anomalies', 'alert_rules', 'api_keys', 'invitations',
    'audit_logs', 'patterns', 'log_events', 'alert_deliveries', 'refresh_tokens'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    -- Policies bind only logai_tenant: the table owner (migrations, the worker, sign-in) is unaffected.
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO logai_tenant USING (organization_id = logai_current_organization()) WITH CHECK (organization_id = logai_current_organization())',
      tenant_table
    );
  END LOOP;
END
$$;
--> statement-breakpoint
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON organizations TO logai_tenant
  USING (id = logai_current_organization()) WITH CHECK (id = logai_current_organization());
