'use client';

// The API page fails like any page: the message and the retry of app/error.tsx, inside the site's layout.
export { default } from '../error';
