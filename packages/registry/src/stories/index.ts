/** @enlace/registry/stories: success stories, from a side's draft to both countries' consent and publication. */
export { getStory, getStoryOfMatch, listStories } from './read.js';
export { approveStory, draftStory, editStory, submitStory, withdrawStory } from './write.js';
