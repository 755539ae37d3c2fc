#pragma once

namespace carillon {

class BlobStore;
class ChangeFeed;
class Clock;
class Database;

// What every domain store needs. Owned by Workspace; stores keep the references.
struct StoreContext
{
    Database &db;
    const Clock &clock;
    ChangeFeed &feed;
    BlobStore &blobs;
};

} // namespace carillon
