-- Events are recorded in the transaction of their cause, whichever scope it runs in. A contractor's
-- own actions (confirming their opt-in, retrying a declined payment) cause events of their agency, but
-- the contractor scope may neither write the agency's events nor read its endpoints, whose secrets
-- sign the deliveries. So every scope records an event through this function, which runs as the owner
-- and refuses an agency other than the one the caller's scope names (the platform's names every one).
CREATE FUNCTION coverline_record_webhook_event(event_agency_id uuid, event_type text, event_data jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  scope_role text := current_setting('role');
  new_event_id uuid;
  endpoint_ids jsonb;
BEGIN
  IF NOT (scope_role = 'coverline_platform_scope'
      OR (scope_role IN ('coverline_agency_scope', 'coverline_contractor_scope') AND event_agency_id = coverline_agency_id())) THEN
    RAISE EXCEPTION 'a webhook event of agency % is outside the scope %', event_agency_id, scope_role USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO webhook_events (agency_id, type, data) VALUES (event_agency_id, event_type, event_data) RETURNING id INTO new_event_id;
  -- One pending delivery for each of the agency's enabled endpoints that subscribes to the type.
  WITH delivered AS (
    INSERT INTO webhook_deliveries (agency_id, endpoint_id, event_id)
    SELECT e.agency_id, e.id, new_event_id FROM webhook_endpoints e
    WHERE e.agency_id = event_agency_id AND e.enabled AND event_type = ANY (e.events)
    ORDER BY e.id
    RETURNING endpoint_id
  )
  SELECT coalesce(jsonb_agg(endpoint_id ORDER BY endpoint_id), '[]'::jsonb) INTO endpoint_ids FROM delivered;
  RETURN jsonb_build_object('id', new_event_id, 'endpointIds', endpoint_ids);
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION coverline_record_webhook_event(uuid, text, jsonb) FROM PUBLIC;
