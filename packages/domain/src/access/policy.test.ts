import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role } from './actor.js';
import { SYSTEM } from './actor.js';
import { canPerform, canReadListing, canSeeContact, canSeeRevisions, canWriteListing, listingDeletion, publishableStatus, writeNeedsReview } from './policy.js';

const user = (role: Role, country: string | null = null): Actor => ({
  kind: 'user',
  userId: 'u',
  role,
  country,
  institutionId: null,
});

const officerBR = user('agency_officer', 'BR');
const focalBR = user('focal_point', 'BR');
const focalAR = user('focal_point', 'AR');
const staff = user('staff');

describe('who may do what to a listing', () => {
  it('anyone reads a published listing; only its country and the secretariat read a draft', () => {
    expect(canReadListing(ANONYMOUS, { country: 'BR', status: 'published' })).toBe(true);
    expect(canReadListing(ANONYMOUS, { country: 'BR', status: 'draft' })).toBe(false);
    expect(canReadListing(focalAR, { country: 'BR', status: 'pending_review' })).toBe(false);
    expect(canReadListing(officerBR, { country: 'BR', status: 'draft' })).toBe(true);
    expect(canReadListing(staff, { country: 'BR', status: 'expired' })).toBe(true);
  });

  it('contacts are never public', () => {
    expect(canSeeContact(ANONYMOUS, { country: 'BR' })).toBe(false);
    expect(canSeeContact(focalAR, { country: 'BR' })).toBe(false);
    expect(canSeeContact(officerBR, { country: 'BR' })).toBe(true);
    expect(canSeeContact(staff, { country: 'BR' })).toBe(true);
  });

  it("an officer writes only its own country's listings and cannot publish them", () => {
    expect(canWriteListing(officerBR, 'BR')).toBe(true);
    expect(canWriteListing(officerBR, 'AR')).toBe(false);
    expect(canPerform(officerBR, 'submit', 'BR')).toBe(true);
    expect(canPerform(officerBR, 'publish', 'BR')).toBe(false);
    expect(publishableStatus(officerBR, 'BR')).toBe('pending_review');
  });

  it('a focal point reviews its own country only; staff review every country', () => {
    expect(canPerform(focalBR, 'publish', 'BR')).toBe(true);
    expect(canPerform(focalBR, 'sendBack', 'AR')).toBe(false);
    expect(canPerform(staff, 'publish', 'AR')).toBe(true);
    expect(publishableStatus(staff, 'AR')).toBe('published');
  });

  it("an officer's change to a published listing waits for review; a reviewer's does not", () => {
    expect(writeNeedsReview(officerBR, { country: 'BR', status: 'published' })).toBe(true);
    expect(writeNeedsReview(officerBR, { country: 'BR', status: 'draft' })).toBe(false);
    expect(writeNeedsReview(officerBR, { country: 'BR', status: 'pending_review' })).toBe(false);
    expect(writeNeedsReview(focalBR, { country: 'BR', status: 'published' })).toBe(false);
    expect(writeNeedsReview(staff, { country: 'AR', status: 'published' })).toBe(false);
  });

  it("revisions are seen by the listing's country and the secretariat only", () => {
    expect(canSeeRevisions(officerBR, { country: 'BR' })).toBe(true);
    expect(canSeeRevisions(staff, { country: 'BR' })).toBe(true);
    expect(canSeeRevisions(focalAR, { country: 'BR' })).toBe(false);
    expect(canSeeRevisions(ANONYMOUS, { country: 'BR' })).toBe(false);
  });

  it('nobody expires a listing by hand', () => {
    expect(canPerform(staff, 'expire', 'BR')).toBe(false);
  });

  it('a writer deletes a draft that was never public; anything else is closed instead, except by an admin', () => {
    const draft = { country: 'BR', status: 'draft', publishedAt: null } as const;
    const wasPublic = { country: 'BR', status: 'draft', publishedAt: new Date('2026-01-01') } as const;
    expect(listingDeletion(officerBR, draft)).toBe('allowed');
    expect(listingDeletion(officerBR, wasPublic)).toBe('was-public');
    expect(listingDeletion(officerBR, { ...draft, status: 'published' })).toBe('was-public');
    expect(listingDeletion(focalAR, draft)).toBe('forbidden');
    expect(listingDeletion(user('admin'), { ...wasPublic, status: 'closed' })).toBe('allowed');
  });

  it('the service itself reads every listing but writes, reviews and sees contacts as nobody', () => {
    expect(canReadListing(SYSTEM, { country: 'BR', status: 'draft' })).toBe(true);
    expect(canWriteListing(SYSTEM, 'BR')).toBe(false);
    expect(canPerform(SYSTEM, 'publish', 'BR')).toBe(false);
    expect(canSeeContact(SYSTEM, { country: 'BR' })).toBe(false);
  });
});
