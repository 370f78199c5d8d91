"""logistics: rooms, transport, interpreters, needs, protocol, invitations

Revision ID: 0900_logistics
Revises: 0800_relations
Create Date: 2026-12-07 06:14:55.061156
"""

import sqlalchemy as sa

from almere_missions.db.migrations.tables import (
    MISSION_ID, PERSON_ID, Column, boolean, create, date, decimal, drop, foreign, integer,
    json, link, ref, string, table, text, timestamp
)

revision = '0900_logistics'
down_revision = '0800_relations'


TABLES = (
    table('vehicle',
          ref(128),
          text('name'),
          integer('seats'),
          string('plate', 16, nullable=True),
          unique=('ref',)),
    table('person_need',
          PERSON_ID,
          text('allergies', nullable=True),
          boolean('step_free'),
          primary_key=('person_id',)),
    table('person_protocol',
          PERSON_ID,
          json('title'),
          json('address'),
          integer('precedence', nullable=True),
          primary_key=('person_id',)),
    table('venue_profile',
          foreign('venue_id', 'venue.id', 'CASCADE'),
          string('kind', 16),
          boolean('step_free', nullable=True),
          primary_key=('venue_id',)),
    table('room_block',
          ref(160),
          MISSION_ID,
          foreign('hotel_id', 'venue.id', 'RESTRICT'),
          date('check_in'),
          date('check_out'),
          integer('rooms'),
          decimal('cost_per_night'),
          string('currency', 3),
          text('payer'),
          unique=('ref',),
          indexes=('mission_id',)),
    link('interpreter_booking', foreign('item_id', 'item.id', 'CASCADE'), PERSON_ID),
    table('invitation',
          string('uid', 255),
          foreign('item_id', 'item.id', 'SET NULL', nullable=True),
          string('mission_ref', 128),
          string('item_ref', 160),
          integer('sequence'),
          integer('revision'),
          string('method', 16),
          timestamp('sent_at'),
          text('summary'),
          timestamp('start_utc'),
          timestamp('end_utc'),
          string('timezone', 64),
          boolean('all_day'),
          primary_key=('uid',),
          indexes=('item_id', 'mission_ref')),
    table('room_assignment',
          foreign('block_id', 'room_block.id', 'CASCADE'),
          PERSON_ID,
          string('room', 32),
          date('check_in'),
          date('check_out'),
          unique=(('block_id', 'person_id', 'check_in'),),
          indexes=('block_id', 'person_id')),
    table('trip',
          ref(160),
          MISSION_ID,
          foreign('vehicle_id', 'vehicle.id', 'RESTRICT'),
          foreign('driver_id', 'person.id', 'RESTRICT', nullable=True),
          foreign('from_item_id', 'item.id', 'SET NULL', nullable=True),
          foreign('to_item_id', 'item.id', 'CASCADE'),
          foreign('from_venue_id', 'venue.id', 'RESTRICT', nullable=True),
          foreign('to_venue_id', 'venue.id', 'RESTRICT', nullable=True),
          timestamp('pickup_utc'),
          timestamp('arrive_utc'),
          text('notes', nullable=True),
          unique=('ref',),
          indexes=('driver_id', 'mission_id', ('ix_trip_span', ('pickup_utc', 'arrive_utc')),
                   'to_item_id', 'vehicle_id')),
    table('invitation_attendee',
          Column('uid', sa.String(length=255), references='invitation.uid', ondelete='CASCADE'),
          PERSON_ID,
          string('partstat', 16),
          timestamp('replied_at', nullable=True),
          primary_key=('uid', 'person_id'),
          indexes=('person_id',)),
    link('trip_passenger', foreign('trip_id', 'trip.id', 'CASCADE'), PERSON_ID),
)


def upgrade() -> None:
    create(TABLES)


def downgrade() -> None:
    drop(TABLES)
